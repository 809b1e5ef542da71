package uk.evidencemap.database;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcher;
import org.springframework.aop.support.annotation.AnnotationClassFilter;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.stereotype.Service;

/**
 * Puts {@link TransientRetry} around every public method of every {@code @Service}, the one place
 * where transient database errors are retried. Its advisor is ordered {@value #ORDER}: outside
 * method security ({@code @PreAuthorize}, 100 to 600) and the transaction interceptor
 * ({@code Ordered.LOWEST_PRECEDENCE}), so each attempt is checked again and runs in a transaction
 * of its own.
 */
@Configuration(proxyBeanMethods = false)
class TransientRetryConfiguration {

    static final int ORDER = 0;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransientRetry transientRetry() {
        return new TransientRetry();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientRetryAdvisor(TransientRetry transientRetry) {
        StaticMethodMatcher publicMethods = new StaticMethodMatcher() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(new AnnotationClassFilter(Service.class, true), publicMethods), transientRetry);
        advisor.setOrder(ORDER);
        return advisor;
    }

    @Bean
    MeterBinder transientRetryMetrics(TransientRetry transientRetry) {
        return registry -> {
            FunctionCounter.builder("evidencemap.database.retries", transientRetry, TransientRetry::retries)
                    .description("Service calls run again after a transient database error")
                    .register(registry);
            FunctionCounter.builder("evidencemap.database.retries.exhausted", transientRetry, TransientRetry::exhausted)
                    .description("Service calls that still met a transient database error after their last retry")
                    .register(registry);
        };
    }
}

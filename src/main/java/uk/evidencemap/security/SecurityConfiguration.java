package uk.evidencemap.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.evidencemap.base.api.ApiRequests;
import uk.evidencemap.security.ui.LoginView;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: HTTP Basic or a personal API token
 * on every call, no session and so no CSRF token (a browser's session cookie never
 * authenticates it). The UI uses Vaadin's configurer: a login view, session-based sign-in,
 * Vaadin's CSRF protection, and view access annotations. Both use the same users, the same
 * sign-in limits and the same method security on the services. The API's chain also takes the
 * servlet container's error dispatch of an API request and lets it through, so that a request that
 * failed outside Spring MVC gets the API's error body instead of a refusal by the UI's chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Vaadin needs inline scripts and styles and eval; everything else is limited to this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /**
     * Security headers on every response, including the pages Vaadin serves outside Spring
     * Security's filter chain (the login page and static resources).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(
            SignInUserDetailsService users,
            PasswordEncoder encoder,
            SignInGuard guard,
            ApplicationEventPublisher publisher) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users) {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
                    guard.checkAddress(details.getRemoteAddress());
                }
                return super.authenticate(authentication);
            }
        };
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(passwords);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager authenticationManager, UserRepository users, ApiErrorWriter errors)
            throws Exception {
        // The API's requests, and the container's error dispatch (to /error) of an API request that
        // failed outside Spring MVC: it is answered by the API's error body, never refused by the UI chain.
        return http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"), ApiRequests::isErrorDispatchOfApi))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**", "/api/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors.entryPoint()))
                .addFilterBefore(new ApiTokenFilter(users, errors), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(errors.entryPoint()).accessDeniedHandler(errors.accessDenied()))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                // An address that matches no rule (no page at all) reaches Vaadin for a signed-in person, whose
                // router shows the not-found page in the application's frame; signed out, it leads to the sign-in
                // page. (Vaadin's default denies such requests outright, before any page can say what happened.)
                .with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).anyRequest(url -> url.authenticated()));
        return http.build();
    }
}

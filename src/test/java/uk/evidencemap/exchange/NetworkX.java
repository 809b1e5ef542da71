package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a few lines of Python with NetworkX over a file the tests wrote, as a researcher would read
 * it. Machines without python3 and networkx skip the check (it is an extra, independent reader).
 */
final class NetworkX {

    private NetworkX() {}

    /** Skips the calling test when python3 with networkx cannot be run here. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(run("import networkx").exitCode() == 0, "python3 with networkx is not installed");
    }

    /**
     * Runs {@code script} with the file's path as {@code sys.argv[1]} and returns what it printed.
     *
     * @throws AssertionError when the script fails, with what Python printed
     */
    static String output(String script, Path file) {
        Result result = run(script, file.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output().strip();
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String script, String... arguments) {
        String[] command = new String[3 + arguments.length];
        command[0] = "python3";
        command[1] = "-c";
        command[2] = script;
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "python3 took more than 60 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}

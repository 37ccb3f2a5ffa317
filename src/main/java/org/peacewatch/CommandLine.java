package org.peacewatch;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import org.peacewatch.extraction.ExtractCommand;
import org.peacewatch.tagging.TagCommand;
import org.peacewatch.timeline.ArticleGenerator;

/**
 * Offline commands run from the jar (`java -jar peacewatch.jar COMMAND ...`). They start no Spring context; most
 * work on files and bundled data only, and {@code generate} loads a benchmark corpus over plain JDBC. Each command
 * returns its process exit code.
 */
final class CommandLine {

    private static final Map<String, Function<String[], Integer>> COMMANDS = Map.of(
            "extract", ExtractCommand::run,
            "tag", TagCommand::run,
            "generate", ArticleGenerator::run);

    private CommandLine() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || "help".equals(args[0]));
    }

    static int run(String[] args) {
        var command = COMMANDS.get(args[0]);
        if (command == null) {
            printUsage(System.out);
            return 0;
        }
        return command.apply(Arrays.copyOfRange(args, 1, args.length));
    }

    private static void printUsage(PrintStream out) {
        out.println("usage: java -jar peacewatch.jar [COMMAND args...]");
        out.println("  (no command)  start the web service");
        COMMANDS.keySet().stream().sorted().forEach(name -> out.println("  " + name));
    }
}

package io.github.xhht.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of one command: options ({@code --name value}, {@code --name=value}, flags) and
 * positional arguments. {@code --} ends the options. Unknown options are a usage error.
 *
 * @param command     the command, for messages
 * @param options     every value given per option, in order (flags hold an empty string)
 * @param positionals the other arguments
 */
public record Args(String command, Map<String, List<String>> options, List<String> positionals) {

    public Args {
        options = Map.copyOf(options);
        positionals = List.copyOf(positionals);
    }

    /**
     * Parses {@code tokens}.
     *
     * @param valued the options that take a value, e.g. {@code --format}
     * @param flags  the options without a value, e.g. {@code --full}
     */
    public static Args parse(String command, List<String> tokens, Set<String> valued, Set<String> flags) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (optionsEnded || !token.startsWith("-") || token.equals("-")) {
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = token.equals("-h") ? "--help" : token;
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) || name.equals("--help")) {
                if (value != null) {
                    throw CliException.usage(command, "usage.unknownOption", token, command);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add("");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= tokens.size()) {
                        throw CliException.usage(command, "usage.missingValue", name);
                    }
                    value = tokens.get(++i);
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw CliException.usage(command, "usage.unknownOption", name, command);
            }
        }
        return new Args(command, options, positionals);
    }

    /** Whether the option was given. */
    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The single value of an option; a usage error if given twice. */
    public Optional<String> value(String option) {
        List<String> values = options.getOrDefault(option, List.of());
        if (values.size() > 1) {
            throw CliException.usage(command, "usage.repeated", option);
        }
        return values.stream().findFirst();
    }

    /** Every value of a repeatable option. */
    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** The value of an option that must be one of {@code allowed}. */
    public Optional<String> choice(String option, List<String> allowed) {
        Optional<String> value = value(option);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw CliException.usage(command, "usage.badValue", option, value.get(), String.join(", ", allowed));
        }
        return value;
    }
}

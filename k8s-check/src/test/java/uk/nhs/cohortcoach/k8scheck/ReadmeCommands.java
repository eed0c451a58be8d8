package uk.nhs.cohortcoach.k8scheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets and ConfigMaps that k8s/README.md tells an operator to create (they are never committed), with their
 * keys, read from its shell blocks: {@code kubectl ... create secret generic NAME --from-literal=KEY=...
 * --from-file=FILE} and {@code create configmap NAME ...}, continued lines joined and one-line-header
 * {@code for s in a b c; do ... done} loops expanded.
 */
record ReadmeCommands(Map<String, Set<String>> created) {

    private static final Pattern BLOCK = Pattern.compile("```(?:bash|sh)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LOOP = Pattern.compile("for (\\w+) in ([^;]+); do");
    private static final Pattern CREATE = Pattern.compile("create (secret generic|configmap) ([a-z0-9.-]+)(.*)");
    private static final Pattern LITERAL = Pattern.compile("--from-literal=([A-Za-z0-9_.-]+)=");
    private static final Pattern FILE = Pattern.compile("--from-file=(?:([A-Za-z0-9_.-]+)=)?([^\\s]+)");

    static ReadmeCommands of(Path readme) {
        try {
            return parse(Files.readString(readme));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + readme, e);
        }
    }

    static ReadmeCommands parse(String markdown) {
        Map<String, Set<String>> created = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            for (String command : commands(block.group(1))) {
                Matcher create = CREATE.matcher(command);
                if (!create.find()) {
                    continue;
                }
                String kind = create.group(1).equals("configmap") ? "ConfigMap" : "Secret";
                Set<String> keys = created.computeIfAbsent(kind + "/" + create.group(2), k -> new LinkedHashSet<>());
                Matcher literal = LITERAL.matcher(create.group(3));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
                Matcher file = FILE.matcher(create.group(3));
                while (file.find()) {
                    keys.add(file.group(1) != null ? file.group(1) : Path.of(file.group(2)).getFileName().toString());
                }
            }
        }
        return new ReadmeCommands(created);
    }

    /** The keys of a Secret or ConfigMap the README creates, or null if it creates none of that name. */
    Set<String> keys(String kind, String name) {
        return created.get(kind + "/" + name);
    }

    private static List<String> commands(String script) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            lines.add(current.toString());
            current.setLength(0);
        }
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher loop = LOOP.matcher(lines.get(i));
            if (!loop.matches()) {
                commands.add(lines.get(i));
                continue;
            }
            List<String> body = new ArrayList<>();
            while (++i < lines.size() && !lines.get(i).equals("done")) {
                body.add(lines.get(i));
            }
            for (String value : loop.group(2).trim().split("\\s+")) {
                Pattern variable = Pattern.compile("\\$\\{?" + loop.group(1) + "}?(?![A-Za-z0-9_])");
                body.forEach(command -> commands.add(variable.matcher(command).replaceAll(Matcher.quoteReplacement(value))));
            }
        }
        return commands;
    }
}

package dev.fleetcast.formats.validation;

import java.util.List;

/** An input file with problems; the message lists all of them, one a line. */
public final class InvalidFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidFileException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String file, List<Problem> problems) {
        StringBuilder text = new StringBuilder(file).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}

package vn.doithoai.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Lists kept as one item per line: what the secretary types in a text box, and how it is
 * stored.
 */
final class Lines {

	private Lines() {
	}

	static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String join(List<String> lines) {
		return String.join("\n", lines);
	}

	/**
	 * Groups "heading" lines with the "- item" lines under them (kept with their dash or
	 * plus, as they are printed): how units and their duties, and sections and their
	 * paragraphs, are typed.
	 */
	static List<Group> groups(String text) {
		List<Group> groups = new java.util.ArrayList<>();
		for (String line : split(text)) {
			if (line.startsWith("-") || line.startsWith("+")) {
				String item = line;
				if (groups.isEmpty()) {
					groups.add(new Group("", new java.util.ArrayList<>()));
				}
				groups.get(groups.size() - 1).items().add(item);
			}
			else {
				groups.add(new Group(line, new java.util.ArrayList<>()));
			}
		}
		return groups;
	}

	/** A heading and the items under it. */
	record Group(String heading, List<String> items) {
	}

}

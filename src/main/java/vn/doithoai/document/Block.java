package vn.doithoai.document;

import java.util.List;
import java.util.Objects;

/**
 * One block of a document's body. Headings carry their own numbering ("I. MỤC ĐÍCH, YÊU
 * CẦU", "1. Mục đích", "a) …"), as the author wrote it.
 */
public sealed interface Block {

	/**
	 * A heading: level 1 for the parts (I, II, …), 2 for their sections (1, 2, …), 3
	 * below (a, b, …); all bold, level 3 also italic.
	 */
	record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading's level is 1, 2 or 3: " + level);
			}
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * A paragraph, justified with its first line indented; a lead ("3. Hình thức tổ
	 * chức:"), when present, is printed in bold before the text.
	 */
	record Paragraph(String lead, String text) implements Block {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}

		public Paragraph(String text) {
			this(null, text);
		}

	}

	/**
	 * Items printed as paragraphs that begin "- " (level 1) or "+ " (level 2), the way
	 * official documents list things.
	 */
	record Bullets(int level, List<String> items) implements Block {

		public Bullets {
			if (level < 1 || level > 2) {
				throw new IllegalArgumentException("A list's level is 1 or 2: " + level);
			}
			items = List.copyOf(items);
		}

		public Bullets(List<String> items) {
			this(1, items);
		}

		/** The mark each item begins with. */
		String marker() {
			return (this.level == 1) ? "-" : "+";
		}

	}

	/**
	 * A ruled table with a bold heading row, repeated on each page it runs onto: how a
	 * conclusion notice lists its directives (STT, Bộ phận, Nội dung, Thời hạn). Every
	 * row has one cell per column; a row is not split across pages.
	 */
	record Table(List<Column> columns, List<List<String>> rows) implements Block {

		public Table {
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A table has at least one column");
			}
			int width = columns.stream().mapToInt(Column::width).sum();
			if (width != 100) {
				throw new IllegalArgumentException("The columns' widths add up to " + width + " %, not 100 %");
			}
			rows = rows.stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException(
							"A row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
				}
			}
		}

		/**
		 * One column: its heading, its share of the text's width in percent (the shares
		 * add up to 100), and whether its cells are centred (numbers, dates) or aligned
		 * left (text).
		 */
		public record Column(String heading, int width, boolean centred) {

			public Column {
				Objects.requireNonNull(heading, "heading");
				if (width <= 0) {
					throw new IllegalArgumentException("A column's width is a positive share: " + width);
				}
			}

		}

	}

}

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

}

package vn.doithoai.document;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a line of a document may end: the language's line breaks, except inside a date
 * ("24/12/2026") or a number and symbol ("05/BB-UBND"), which the JDK's rules would break
 * after a slash or a hyphen and which an official document never splits.
 */
final class DocumentLineBreaker implements FSTextBreaker {

	private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));

	private String text = "";

	@Override
	public void setText(String text) {
		this.text = text;
		this.lines.setText(text);
	}

	@Override
	public int next() {
		int at = this.lines.next();
		while (at != BreakIterator.DONE && inside(at)) {
			at = this.lines.next();
		}
		return at;
	}

	/** Whether a break here would split a date or a symbol. */
	private boolean inside(int at) {
		if (at <= 1 || at >= this.text.length()) {
			return false;
		}
		char before = this.text.charAt(at - 1);
		char after = this.text.charAt(at);
		if (before == '/') {
			return Character.isLetterOrDigit(after) && Character.isLetterOrDigit(this.text.charAt(at - 2));
		}
		return before == '-' && Character.isUpperCase(after) && Character.isUpperCase(this.text.charAt(at - 2));
	}

}

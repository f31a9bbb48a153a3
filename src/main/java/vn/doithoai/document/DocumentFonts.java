package vn.doithoai.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Liberation Serif, metric-compatible with Times New Roman (which the decree prescribes
 * but may not be shipped), embedded in every PDF. The four faces are read once from the
 * openpdf-fonts-extra jar and kept in memory, without their glyph substitution table.
 */
final class DocumentFonts {

	static final String FAMILY = "Liberation Serif";

	private static final int GSUB = tag("GSUB");

	private static final int HIDDEN_GSUB = tag("gsub");

	private static final Face[] FACES = { face("Regular", 400, FontStyle.NORMAL), face("Bold", 700, FontStyle.NORMAL),
			face("Italic", 400, FontStyle.ITALIC), face("BoldItalic", 700, FontStyle.ITALIC) };

	private DocumentFonts() {
	}

	/** Registers the four faces, subset on embedding. */
	static void register(PdfRendererBuilder builder) {
		for (Face face : FACES) {
			builder.useFont(face::open, FAMILY, face.weight(), face.style(), true);
		}
	}

	private static Face face(String name, int weight, FontStyle style) {
		String resource = "/liberation/LiberationSerif-" + name + ".ttf";
		try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font not on the class path: " + resource);
			}
			return new Face(withoutGlyphSubstitution(in.readAllBytes()), weight, style);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hides the font's GSUB table by renaming it ("GSUB" → "gsub", an unknown tag that is
	 * neither read nor embedded). PDFBox applies a Latin font's GSUB ligature features on
	 * every piece of text it writes, compiling regular expressions each time: about two
	 * thirds of a plan's rendering time. NFC Vietnamese needs no substitution (every
	 * letter has its own glyph), and documents are better without "fi" ligatures.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			int entry = 12 + 16 * i;
			if (buffer.getInt(entry) == GSUB) {
				buffer.putInt(entry, HIDDEN_GSUB);
			}
		}
		return font;
	}

	private static int tag(String tag) {
		return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
	}

	private record Face(byte[] bytes, int weight, FontStyle style) {

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

	}

}

package vn.doithoai.document;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded faces: Liberation Serif without glyph substitution. */
class DocumentFontsTest {

	@Test
	void theGlyphSubstitutionTableIsHiddenAndEveryVietnameseLetterKeepsItsGlyph() throws IOException {
		byte[] original;
		try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
			original = in.readAllBytes();
		}
		try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original.clone()))) {
			assertThat(before.getTableMap()).containsKey("GSUB");
		}
		byte[] patched = DocumentFonts.withoutGlyphSubstitution(original);
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(patched))) {
			assertThat(font.getTableMap()).doesNotContainKey("GSUB");
			assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
			assertThat(font.getName()).isEqualTo("LiberationSerif");
			CmapLookup cmap = font.getUnicodeCmapLookup();
			for (int cp : DocumentRendererTest.vietnameseLetters().replace(" ", "").codePoints().toArray()) {
				assertThat(cmap.getGlyphId(cp)).as("U+%04X", cp).isPositive();
			}
		}
	}

}

package vn.doithoai.document;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one small document in the background once the application is up: the first
 * rendering loads the fonts and the renderer's classes (seconds on an old office PC), and
 * it should not be the secretary finalising the minutes who waits for it.
 */
@Component
class DocumentWarmUp {

	private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

	private final DocumentRenderer renderer;

	DocumentWarmUp(DocumentRenderer renderer) {
		this.renderer = renderer;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("doithoai-document-warm-up").start(() -> {
			try {
				this.renderer.pdf(sample());
			}
			catch (RuntimeException ex) {
				log.warn("The document renderer could not warm up: {}", ex.getMessage());
			}
		});
	}

	private static OfficialDocument sample() {
		return new OfficialDocument(DocumentFamily.STATE, List.of("UBND TỈNH"), "ỦY BAN NHÂN DÂN XÃ", "UBND", null,
				"Xã", LocalDate.of(2026, 1, 5), DocumentType.BIEN_BAN, "Khởi động",
				List.of(new Block.Heading(1, "I. NỘI DUNG"), new Block.Paragraph("Đối thoại với Nhân dân."),
						new Block.Bullets(List.of("Ý kiến")),
						new Block.Table(
								List.of(new Block.Table.Column("STT", 20, true),
										new Block.Table.Column("Nội dung", 80, false)),
								List.of(List.of("1", "Nhiệm vụ")))),
				new Signer(List.of(), "CHỦ TRÌ", "Chủ trì"), new Signer(List.of(), "THƯ KÝ", "Thư ký"), List.of());
	}

}

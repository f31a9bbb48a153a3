package vn.doithoai.organization;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.text.VietnameseText;

/**
 * Imports the official list of administrative units (CSV: province code, province name,
 * commune code, commune name, level). Running it twice changes nothing the second time; a
 * bad line is reported with its number and reason and the good lines are imported.
 */
@Service
class AdministrativeUnitImport {

	static final int MAX_NAME = 100;

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final AuditTrail audit;

	AdministrativeUnitImport(ProvinceRepository provinces, CommuneRepository communes, AuditTrail audit) {
		this.provinces = provinces;
		this.communes = communes;
		this.audit = audit;
	}

	@Transactional
	ImportReport importCsv(byte[] content) {
		Optional<String> text = decodeUtf8(content);
		if (text.isEmpty()) {
			return ImportReport.rejected("import.error.encoding");
		}
		List<String> lines = text.get().lines().toList();
		if (lines.stream().allMatch(String::isBlank)) {
			return ImportReport.rejected("import.error.empty");
		}
		char separator = Csv.separatorOf(lines.stream().filter((line) -> !line.isBlank()).findFirst().orElse(""));
		List<LineError> errors = new ArrayList<>();
		Map<String, UnitLine> units = new LinkedHashMap<>();
		Map<String, String> provinceNames = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int number = i + 1;
			String line = lines.get(i);
			if (line.isBlank() || (i == 0 && isHeader(line, separator))) {
				continue;
			}
			try {
				UnitLine unit = UnitLine.parse(Csv.split(line, separator));
				if (units.containsKey(unit.communeCode())) {
					throw new BadLine("import.error.duplicateCode", unit.communeCode());
				}
				String knownName = provinceNames.putIfAbsent(unit.provinceCode(), unit.provinceName());
				if (knownName != null && !knownName.equals(unit.provinceName())) {
					throw new BadLine("import.error.provinceName", unit.provinceCode(), knownName);
				}
				units.put(unit.communeCode(), unit);
			}
			catch (BadLine bad) {
				errors.add(new LineError(number, bad.key, bad.args));
			}
		}
		Map<String, Province> savedProvinces = saveProvinces(provinceNames);
		Map<String, Commune> existing = this.communes.findAll()
			.stream()
			.collect(Collectors.toMap(Commune::getCode, Function.identity()));
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (UnitLine unit : units.values()) {
			Province province = savedProvinces.get(unit.provinceCode());
			Commune commune = existing.get(unit.communeCode());
			if (commune == null) {
				commune = this.communes
					.save(new Commune(unit.communeCode(), unit.communeName(), unit.kind(), province));
				this.audit.record("commune.imported", "commune", unit.communeCode(), unit.communeCode(), null, unit);
				created++;
			}
			else if (commune.sameAs(unit.communeName(), unit.kind(), province)) {
				unchanged++;
			}
			else {
				CommuneInfo before = commune.toInfo();
				commune.update(unit.communeName(), unit.kind(), province);
				this.audit.record("commune.reimported", "commune", unit.communeCode(), unit.communeCode(), before,
						commune.toInfo());
				updated++;
			}
		}
		this.communes.flush();
		return new ImportReport(null, created, updated, unchanged, errors);
	}

	private Map<String, Province> saveProvinces(Map<String, String> names) {
		Map<String, Province> saved = new HashMap<>();
		names.forEach((code, name) -> {
			Province province = this.provinces.findById(code).orElse(null);
			if (province == null) {
				province = this.provinces.save(new Province(code, name));
				this.audit.record("province.imported", "province", code, null, null,
						Map.of("code", code, "name", name));
			}
			else if (!province.getName().equals(name)) {
				this.audit.record("province.reimported", "province", code, null, Map.of("name", province.getName()),
						Map.of("name", name));
				province.rename(name);
			}
			saved.put(code, province);
		});
		this.provinces.flush();
		return saved;
	}

	private static Optional<String> decodeUtf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return Optional.of(VietnameseText.nfc(text.startsWith("\uFEFF") ? text.substring(1) : text));
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The official list's header names its columns ("Mã tỉnh", "Tên tỉnh" …), in words.
	 */
	private static boolean isHeader(String line, char separator) {
		try {
			String first = VietnameseText.fold(Csv.split(line, separator).get(0));
			return first.startsWith("ma") || first.contains("tinh") || first.contains("province");
		}
		catch (BadLine ex) {
			return false;
		}
	}

	/** One good line of the file. */
	record UnitLine(String provinceCode, String provinceName, String communeCode, String communeName,
			CommuneKind kind) {

		static UnitLine parse(List<String> cells) {
			if (cells.size() != 5) {
				throw new BadLine("import.error.columns", cells.size());
			}
			String provinceCode = leadingZeros(cells.get(0).trim(), 2);
			String provinceName = stripPrefix(cells.get(1).trim(), "tỉnh ", "thành phố ");
			String communeCode = leadingZeros(cells.get(2).trim(), 5);
			CommuneKind kind = kindOf(cells.get(4));
			String communeName = stripPrefix(cells.get(3).trim(), "xã ", "phường ", "đặc khu ", "thị trấn ");
			if (!provinceCode.matches("\\d{2}")) {
				throw new BadLine("import.error.provinceCode", provinceCode);
			}
			if (!communeCode.matches("\\d{5}")) {
				throw new BadLine("import.error.communeCode", communeCode);
			}
			if (provinceName.isEmpty() || communeName.isEmpty()) {
				throw new BadLine("import.error.nameMissing");
			}
			if (provinceName.length() > MAX_NAME || communeName.length() > MAX_NAME) {
				throw new BadLine("import.error.nameTooLong", MAX_NAME);
			}
			return new UnitLine(provinceCode, provinceName, communeCode, communeName, kind);
		}

		/**
		 * Spreadsheets drop the leading zeros of codes ("1" for Hà Nội's "01"); put them
		 * back.
		 */
		private static String leadingZeros(String code, int length) {
			return (code.matches("\\d+") && code.length() < length) ? "0".repeat(length - code.length()) + code : code;
		}

		private static CommuneKind kindOf(String level) {
			return switch (VietnameseText.fold(level)) {
				case "xa" -> CommuneKind.XA;
				case "phuong" -> CommuneKind.PHUONG;
				case "dac khu" -> CommuneKind.DAC_KHU;
				case "thi tran" -> CommuneKind.THI_TRAN;
				default -> throw new BadLine("import.error.level", level.trim());
			};
		}

		/**
		 * The official list writes "Xã Sơn Trung"; the kind is its own column, so the
		 * word goes.
		 */
		private static String stripPrefix(String name, String... prefixes) {
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			for (String prefix : prefixes) {
				if (lower.startsWith(prefix) && name.length() > prefix.length()) {
					return name.substring(prefix.length()).trim();
				}
			}
			return name;
		}

	}

	/**
	 * A line that cannot be imported, with the message key and arguments that say why.
	 */
	record LineError(int line, String reasonKey, Object[] args) {
	}

	/** The outcome: counts of communes, or a reason the whole file was refused. */
	record ImportReport(String rejectedKey, int created, int updated, int unchanged, List<LineError> errors) {

		static ImportReport rejected(String key) {
			return new ImportReport(key, 0, 0, 0, List.of());
		}

	}

	static final class BadLine extends RuntimeException {

		private final String key;

		private final Object[] args;

		BadLine(String key, Object... args) {
			super(key, null, false, false);
			this.key = key;
			this.args = args;
		}

	}

	/**
	 * Splits one CSV line (RFC 4180 quoting; comma or, as spreadsheets here often write,
	 * semicolon).
	 */
	static final class Csv {

		private Csv() {
		}

		/**
		 * Comma, or semicolon when the first line has semicolons and no comma (chosen
		 * once a file).
		 */
		static char separatorOf(String firstLine) {
			return (firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0) ? ';' : ',';
		}

		static List<String> split(String line, char separator) {
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						cell.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == separator) {
					cells.add(cell.toString());
					cell.setLength(0);
				}
				else {
					cell.append(c);
				}
			}
			if (quoted) {
				throw new BadLine("import.error.quote");
			}
			cells.add(cell.toString());
			return cells;
		}

	}

}

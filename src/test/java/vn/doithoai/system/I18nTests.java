package vn.doithoai.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page string comes from the message files: no text written into a template, no key
 * missing from either language, and the two files hold the same keys.
 */
class I18nTests {

	private static final Path TEMPLATES = Paths.get("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	/** Text that carries no words: punctuation, digits, separators. */
	private static final Pattern WORDLESS = Pattern.compile("[\\s\\p{Punct}\\p{S}\\d·…—–]*");

	private static final Set<String> TRANSLATABLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : page.getAllElements()) {
				if (element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
				for (TextNode text : element.textNodes()) {
					if (!replaced && !WORDLESS.matcher(text.text()).matches()) {
						problems.add(template + ": text \"" + text.text().trim() + "\"");
					}
				}
				for (String attribute : TRANSLATABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute)) {
						problems.add(template + ": attribute " + attribute + " not from the message files");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyInTemplatesExistsInBothLanguages() throws IOException {
		Properties vietnamese = load("messages_vi.properties");
		Properties english = load("messages_en.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher keys = KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (!vietnamese.containsKey(key) || !english.containsKey(key)) {
					missing.add(template.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyInCodeExistsInBothLanguages() throws IOException {
		Pattern used = Pattern.compile("(?:addFlashAttribute\\(\"(?:message|error)\", |addAttribute\\(\"error\", "
				+ "|rejectValue\\(\"\\w+\", |reject\\(|new BadLine\\(|rejected\\(|message = )\"\\{?([a-zA-Z0-9_.]+)\\}?\"");
		Properties vietnamese = load("messages_vi.properties");
		Properties english = load("messages_en.properties");
		Set<String> found = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
			for (Path source : files.filter((file) -> file.toString().endsWith(".java")).toList()) {
				Matcher keys = used.matcher(Files.readString(source));
				while (keys.find()) {
					found.add(keys.group(1));
					if (!vietnamese.containsKey(keys.group(1)) || !english.containsKey(keys.group(1))) {
						missing.add(source.getFileName() + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(found).contains("validation.required", "import.error.encoding", "area.saved");
		assertThat(missing).isEmpty();
	}

	@Test
	void bothLanguagesHoldTheSameNonEmptyKeys() throws IOException {
		Properties vietnamese = load("messages_vi.properties");
		Properties english = load("messages_en.properties");
		assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(vietnamese.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		assertThat(english.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
	}

	@Test
	void vietnameseMessagesAreNfc() throws IOException {
		String content = Files.readString(Paths.get("src/main/resources/messages_vi.properties"));
		assertThat(java.text.Normalizer.isNormalized(content, java.text.Normalizer.Form.NFC)).isTrue();
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Paths.get("src/main/resources", name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}

package vn.doithoai.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo communes of the five seed plans ({@code demo/demo-communes.json}): invented
 * people, real unit names and codes. Each module loads its own part of it in demo mode.
 */
public record DemoData(List<Province> provinces, List<Commune> communes) {

	/**
	 * Run order of the demo loaders: the communes first, the accounts that belong to them
	 * next.
	 */
	public static final int ORGANIZATION_ORDER = 10;

	/** Run order of the accounts loader. */
	public static final int ACCESS_ORDER = 20;

	public static DemoData load(JsonMapper json) {
		try (InputStream in = new ClassPathResource("demo/demo-communes.json").getInputStream()) {
			return json.readValue(in, DemoData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A demo province. */
	public record Province(String code, String name) {
	}

	/** A demo commune and what it is made of. */
	public record Commune(String seed, String code, String name, String kind, String provinceCode, String codeSource,
			List<Area> areas, List<Department> departments, List<Official> officials) {
	}

	/** A demo area. */
	public record Area(String code, String name, String kind) {
	}

	/** A demo department. */
	public record Department(String code, String name) {
	}

	/** A demo official; the role says which demo account, if any, they get. */
	public record Official(String family, String middle, String given, String title, String department, String role,
			String areaCode) {
	}

}

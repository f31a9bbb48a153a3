package vn.doithoai.document;

import java.util.List;
import java.util.Objects;

/**
 * Who signs, as printed under the body: the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT.
 * CHỦ TỊCH"; "T/M ĐẢNG ỦY"; none when the head signs in their own name), the title ("PHÓ
 * CHỦ TỊCH", "BÍ THƯ") and the full name.
 */
public record Signer(List<String> authority, String title, String name) {

	public Signer {
		authority = List.copyOf(authority);
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(name, "name");
	}

}

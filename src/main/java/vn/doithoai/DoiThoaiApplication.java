package vn.doithoai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Đối Thoại: a commune government's dialogues with its citizens, from the yearly plan to
 * the written answer in the citizen's hands.
 */
@Modulithic(systemName = "Đối Thoại", sharedModules = { "text", "system" })
@SpringBootApplication
public class DoiThoaiApplication {

	public static void main(String[] args) {
		SpringApplication.run(DoiThoaiApplication.class, args);
	}

}

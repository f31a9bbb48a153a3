import java.sql.DriverManager;

/** Prints the result of one count query on a PostgreSQL database: java -cp pgjdbc.jar CountRows.java URL SQL */
public class CountRows {

	public static void main(String[] args) throws Exception {
		try (var connection = DriverManager.getConnection(args[0], "postgres", "");
				var result = connection.createStatement().executeQuery(args[1])) {
			result.next();
			System.out.println(result.getLong(1));
		}
	}

}

package vn.doithoai.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, runs PostgreSQL itself: real binaries from Maven
 * Central, data kept under {@code DOITHOAI_DATA_DIR} so that they survive a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Starts PostgreSQL on its own thread as soon as the context starts refreshing (a
	 * bean factory post-processor is made first), so that it boots while Spring builds
	 * the rest.
	 */
	@Bean
	static EmbeddedPostgresLauncher embeddedPostgresLauncher(Environment environment) {
		return new EmbeddedPostgresLauncher(Path.of(environment.getRequiredProperty("doithoai.data-dir")),
				environment.getProperty("doithoai.embedded-db.clean", Boolean.class, false));
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresLauncher launcher) {
		return launcher.started();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("doithoai");
		return dataSource;
	}

	static final class EmbeddedPostgresLauncher implements BeanFactoryPostProcessor {

		/** Locks on data folders, kept for the life of the JVM. */
		private static final List<FileLock> heldLocks = new CopyOnWriteArrayList<>();

		private final CompletableFuture<EmbeddedPostgres> postgres;

		EmbeddedPostgresLauncher(Path dataDir, boolean clean) {
			this.postgres = CompletableFuture.supplyAsync(() -> start(dataDir, clean));
		}

		EmbeddedPostgres started() {
			try {
				return this.postgres.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("The embedded PostgreSQL did not start", ex.getCause());
			}
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		}

		private static EmbeddedPostgres start(Path dataDir, boolean clean) {
			try {
				Path pgData = dataDir.toAbsolutePath().resolve("postgres");
				Files.createDirectories(pgData);
				lockDataFolder(dataDir.toAbsolutePath());
				stopOrphanedServer(pgData);
				log.info("Starting embedded PostgreSQL with data in {}", pgData);
				return EmbeddedPostgres.builder()
					.setDataDirectory(pgData)
					.setCleanDataDirectory(clean)
					.setRegisterShutdownHook(false)
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8")
					.setServerConfig("max_connections", "60")
					.setServerConfig("fsync", clean ? "off" : "on")
					.setPGStartupWait(Duration.ofSeconds(60))
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * One application per data folder: the lock is held until this JVM ends (the
		 * operating system releases it even after a kill), so a server found running on
		 * the folder once the lock is taken can only be an orphan.
		 */
		private static void lockDataFolder(Path dataDir) throws IOException {
			FileChannel channel = FileChannel.open(dataDir.resolve("doithoai.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The data folder " + dataDir
						+ " is in use by another Đối Thoại; stop it or set DOITHOAI_DATA_DIR to another folder");
			}
			heldLocks.add(lock);
		}

		/**
		 * A JVM killed without its shutdown hook leaves its PostgreSQL running on the
		 * data folder; the next start would fail on the lock, so that server is stopped
		 * first.
		 */
		private static void stopOrphanedServer(Path pgData) throws IOException {
			Path pidFile = pgData.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			Optional<Long> pid = Files.readAllLines(pidFile)
				.stream()
				.findFirst()
				.map(String::trim)
				.filter((line) -> line.matches("\\d+"))
				.map(Long::parseLong);
			pid.flatMap(ProcessHandle::of)
				.filter((process) -> process.info().command().map((cmd) -> cmd.contains("postgres")).orElse(false))
				.ifPresent((process) -> {
					log.warn("Stopping an orphaned embedded PostgreSQL (pid {})", process.pid());
					process.destroy();
					process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
				});
		}

	}

	static boolean datasourceConfigured(Environment environment) {
		return environment.containsProperty("spring.datasource.url");
	}

	static class NoDatasourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !datasourceConfigured(context.getEnvironment());
		}

	}

}

package vn.doithoai.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each address may write 20 times at once, then once every 30 seconds. */
class RateLimiterTest {

	private final MutableClock clock = new MutableClock();

	private final RateLimiter limiter = new RateLimiter(this.clock, 20, Duration.ofMinutes(10), 1000);

	@Test
	void refusesTheWriteAfterTheCapacityAndSaysWhenToComeBack() {
		acquire("203.0.113.7", 20);
		assertThatThrownBy(() -> this.limiter.acquire("203.0.113.7")).isInstanceOfSatisfying(
				TooManyRequestsException.class, (ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(30));
	}

	@Test
	void givesBackOneWriteEachThirtySeconds() {
		acquire("203.0.113.7", 20);
		this.clock.advance(Duration.ofSeconds(29));
		assertThatThrownBy(() -> this.limiter.acquire("203.0.113.7")).isInstanceOfSatisfying(
				TooManyRequestsException.class, (ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(1));
		this.clock.advance(Duration.ofSeconds(1));
		this.limiter.acquire("203.0.113.7");
		assertThatThrownBy(() -> this.limiter.acquire("203.0.113.7")).isInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void aFullPeriodOfQuietGivesTheWholeCapacityBack() {
		acquire("203.0.113.7", 20);
		this.clock.advance(Duration.ofMinutes(10));
		acquire("203.0.113.7", 20);
		assertThatThrownBy(() -> this.limiter.acquire("203.0.113.7")).isInstanceOf(TooManyRequestsException.class);
	}

	@Test
	void countsEachAddressOnItsOwn() {
		acquire("203.0.113.7", 20);
		assertThatNoException().isThrownBy(() -> acquire("203.0.113.8", 20));
	}

	@ParameterizedTest
	@CsvSource({ "2001:db8:1:2::1, 2001:db8:1:2:ffff::9, true", "2001:db8:1:2::1, 2001:db8:1:3::1, false",
			"::ffff:203.0.113.7, 203.0.113.7, true", "203.0.113.7, 203.0.113.8, false" })
	void countsAnIpv6AddressByItsSlash64(String first, String second, boolean shared) {
		assertThat(RateLimiter.key(first).equals(RateLimiter.key(second))).isEqualTo(shared);
	}

	@Test
	void forgetsAddressesOnceTheirBucketIsFullAgain() {
		acquire("203.0.113.7", 3);
		acquire("203.0.113.8", 1);
		assertThat(this.limiter.size()).isEqualTo(2);
		this.clock.advance(Duration.ofMinutes(2));
		acquire("203.0.113.9", 1);
		assertThat(this.limiter.size()).isEqualTo(1);
	}

	@Test
	void keepsNoMoreAddressesThanItsBound() {
		RateLimiter small = new RateLimiter(this.clock, 20, Duration.ofMinutes(10), 100);
		for (int i = 0; i < 1000; i++) {
			small.acquire("198.51." + (i / 256) + "." + (i % 256));
		}
		assertThat(small.size()).isEqualTo(100);
	}

	@Test
	void resetForgetsEveryCount() {
		acquire("203.0.113.7", 20);
		this.limiter.clear();
		assertThatNoException().isThrownBy(() -> this.limiter.acquire("203.0.113.7"));
	}

	private void acquire(String address, int times) {
		for (int i = 0; i < times; i++) {
			this.limiter.acquire(address);
		}
	}

}

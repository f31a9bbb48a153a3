package vn.doithoai.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address, in this node's memory: {@code capacity} writes at
 * once, then one more each {@code period / capacity}. Each bucket is kept as the time it
 * will be full again, so a bucket whose time has passed is the same as none and is
 * dropped. At most {@code maxAddresses} are kept: beyond that the least recently seen
 * address is forgotten (its next write starts a full bucket).
 * <p>
 * An IPv6 address counts by its /64 network, which one subscriber usually holds whole.
 */
final class RateLimiter {

	private final Clock clock;

	private final long periodMillis;

	private final long intervalMillis;

	private final int maxAddresses;

	/** Per address, when its bucket is full again; least recently seen first. */
	private final LinkedHashMap<String, Long> fullAt;

	RateLimiter(Clock clock, int capacity, Duration period, int maxAddresses) {
		if (capacity < 1 || period.toMillis() < capacity) {
			throw new IllegalArgumentException("A rate limit needs a capacity of 1 or more and a longer period");
		}
		this.clock = clock;
		this.periodMillis = period.toMillis();
		this.intervalMillis = this.periodMillis / capacity;
		this.maxAddresses = maxAddresses;
		this.fullAt = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > RateLimiter.this.maxAddresses;
			}
		};
	}

	/**
	 * Takes one token for the address; when there is none, throws with the seconds until
	 * there is.
	 */
	void acquire(String address) {
		String key = key(address);
		long now = this.clock.millis();
		synchronized (this.fullAt) {
			evictIdle(now);
			long next = Math.max(this.fullAt.getOrDefault(key, now), now) + this.intervalMillis;
			long over = next - now - this.periodMillis;
			if (over > 0) {
				throw new TooManyRequestsException((over + 999) / 1000);
			}
			this.fullAt.put(key, next);
		}
	}

	/** How many addresses have a bucket that is not full. */
	int size() {
		synchronized (this.fullAt) {
			return this.fullAt.size();
		}
	}

	void clear() {
		synchronized (this.fullAt) {
			this.fullAt.clear();
		}
	}

	// The least recently seen come first; a bucket seen a period ago is full by now.
	private void evictIdle(long now) {
		Iterator<Long> eldest = this.fullAt.values().iterator();
		while (eldest.hasNext() && eldest.next() <= now) {
			eldest.remove();
		}
	}

	static String key(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			// Only an IP literal gets here (it has a colon), so this never asks DNS.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
					: InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}

package vn.doithoai.system;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fresh proof-of-work challenge for a public form, in ALTCHA's format
 * ({@code static/js/challenge.js} solves it); 404 when the challenge is switched off.
 */
@RestController
class ChallengeController {

	private final PublicWriteGuard guard;

	ChallengeController(PublicWriteGuard guard) {
		this.guard = guard;
	}

	@GetMapping(path = "/api/v1/public/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProofOfWork.Challenge> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.guard.challenge());
	}

}

package org.treatyportal.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a new password must follow, each with the reason given when it does not.
 */
class PasswordPolicyTests {

	private static final String EMAIL = "jane.doe.of.legal@example.org";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void passwordOfTwelveCharactersThatIsNotCommonIsAccepted() {
		assertThat(this.policy.problem("treaty rivers", EMAIL)).isEmpty();
		assertThat(this.policy.problem("Abcdefgh1234", EMAIL)).isEmpty();
	}

	@Test
	void passwordShorterThanTwelveCharactersIsRefused() {
		assertThat(this.policy.problem("eleven-char", EMAIL)).hasValue("password.tooShort");
		assertThat(this.policy.problem("", EMAIL)).hasValue("password.tooShort");
		assertThat(this.policy.problem(null, EMAIL)).hasValue("password.tooShort");
	}

	@Test
	void charactersAreCountedNotBytes() {
		assertThat(this.policy.problem("ééééééééééé", EMAIL)).hasValue("password.tooShort");
		assertThat(this.policy.problem("éèêëàâäôöûüç", EMAIL)).isEmpty();
	}

	@Test
	void commonPasswordIsRefusedWhateverItsCase() {
		assertThat(this.policy.problem("qwerty123456", EMAIL)).hasValue("password.common");
		assertThat(this.policy.problem("1Q2W3E4R5T6Y", EMAIL)).hasValue("password.common");
		assertThat(this.policy.problem("123456654321", EMAIL)).hasValue("password.common");
	}

	@Test
	void emailAddressOrItsNameIsRefusedAsPassword() {
		assertThat(this.policy.problem("Jane.Doe.of.Legal@example.org", EMAIL)).hasValue("password.sameAsEmail");
		assertThat(this.policy.problem("jane.doe.of.legal", EMAIL)).hasValue("password.sameAsEmail");
	}

	@Test
	void passwordLongerThanBcryptReadsIsRefused() {
		assertThat(this.policy.problem("a".repeat(72), EMAIL)).isEmpty();
		assertThat(this.policy.problem("a".repeat(73), EMAIL)).hasValue("password.tooLong");
		assertThat(this.policy.problem("é".repeat(37), EMAIL)).hasValue("password.tooLong");
	}

}

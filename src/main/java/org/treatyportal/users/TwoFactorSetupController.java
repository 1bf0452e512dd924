package org.treatyportal.users;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatyportal.web.NavigationSection;

/**
 * A user sets up two-factor sign-in: scan the QR code (or type the secret) into an
 * authenticator app, confirm with a code, keep the recovery codes. Also renews the
 * recovery codes and turns it off, both with the current password (checked behind the
 * sign-in throttle).
 */
@Controller
@RequestMapping("/admin/account/two-factor")
@NavigationSection("account")
class TwoFactorSetupController {

	/** The secret being set up, kept in the session until a code confirms it. */
	static final String PENDING_SECRET = TwoFactorSetupController.class.getName() + ".SECRET";

	private static final String REDIRECT = "redirect:/admin/account/two-factor";

	private final UserService users;

	private final TwoFactorService twoFactor;

	private final SecurityPolicyService policy;

	TwoFactorSetupController(UserService users, TwoFactorService twoFactor, SecurityPolicyService policy) {
		this.users = users;
		this.twoFactor = twoFactor;
		this.policy = policy;
	}

	@GetMapping
	String show(Authentication authentication, HttpSession session, Model model) {
		User user = currentUser(authentication);
		return page(user, session, model);
	}

	@PostMapping
	String enable(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
			Model model, RedirectAttributes redirect) {
		User user = currentUser(authentication);
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (user.isTwoFactorEnabled() || secret == null) {
			return REDIRECT;
		}
		List<String> recoveryCodes = this.twoFactor.enable(user.getEmail(), secret, code);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("code", code);
			model.addAttribute("codeError", "twoFactor.wrongCode");
			return page(user, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("success", "twoFactor.enabled");
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
		return REDIRECT;
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(@RequestParam(defaultValue = "") String currentPassword, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		User user = currentUser(authentication);
		if (!user.isTwoFactorEnabled()) {
			return REDIRECT;
		}
		if (!currentPasswordRight(user, currentPassword, request, redirect)) {
			return REDIRECT;
		}
		redirect.addFlashAttribute("success", "twoFactor.codesRenewed");
		redirect.addFlashAttribute("recoveryCodes", this.twoFactor.regenerateRecoveryCodes(user.getEmail()));
		return REDIRECT;
	}

	@PostMapping("/disable")
	String disable(@RequestParam(defaultValue = "") String currentPassword, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		User user = currentUser(authentication);
		if (!user.isTwoFactorEnabled()) {
			return REDIRECT;
		}
		if (user.getRole() == Role.ADMIN && this.policy.twoFactorRequiredForAdmins()) {
			redirect.addFlashAttribute("failure", "twoFactor.requiredCannotDisable");
			return REDIRECT;
		}
		if (!currentPasswordRight(user, currentPassword, request, redirect)) {
			return REDIRECT;
		}
		this.twoFactor.disable(user.getEmail());
		redirect.addFlashAttribute("success", "twoFactor.disabled");
		return REDIRECT;
	}

	private String page(User user, HttpSession session, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("required", user.getRole() == Role.ADMIN && this.policy.twoFactorRequiredForAdmins());
		if (user.isTwoFactorEnabled()) {
			model.addAttribute("recoveryCodesLeft", this.twoFactor.remainingRecoveryCodes(user.getId()));
		}
		else {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = this.twoFactor.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("qrCode", this.twoFactor.qrCode(secret, user.getEmail()));
		}
		return "account/two-factor";
	}

	private boolean currentPasswordRight(User user, String currentPassword, HttpServletRequest request,
			RedirectAttributes redirect) {
		CurrentPassword current = this.users.checkCurrentPassword(user.getEmail(), request.getRemoteAddr(),
				currentPassword);
		if (current != CurrentPassword.RIGHT) {
			redirect.addFlashAttribute("failure", current.refusal());
		}
		return current == CurrentPassword.RIGHT;
	}

	private User currentUser(Authentication authentication) {
		return this.users.findByEmail(authentication.getName()).orElseThrow(UserNotFoundException::new);
	}

}

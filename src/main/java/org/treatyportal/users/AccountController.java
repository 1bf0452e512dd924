package org.treatyportal.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatyportal.web.Languages;
import org.treatyportal.web.NavigationSection;

/**
 * Every signed-in user's own account: their name and their password. A new password needs
 * the current one (checked behind the sign-in throttle), ends the user's other sessions
 * and keeps this one.
 */
@Controller
@RequestMapping("/admin/account")
@NavigationSection("account")
class AccountController {

	private final UserService users;

	private final PasswordPolicy passwordPolicy;

	private final TwoFactorService twoFactor;

	private final Languages languages;

	AccountController(UserService users, PasswordPolicy passwordPolicy, TwoFactorService twoFactor,
			Languages languages) {
		this.languages = languages;
		this.users = users;
		this.passwordPolicy = passwordPolicy;
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String show(Authentication authentication, Model model) {
		User user = currentUser(authentication);
		AccountNameForm nameForm = new AccountNameForm();
		nameForm.setDisplayName(user.getDisplayName());
		nameForm.setVersion(user.getVersion());
		model.addAttribute("nameForm", nameForm);
		model.addAttribute("passwordForm", new PasswordChangeForm());
		return page(user, model);
	}

	@PostMapping("/name")
	String rename(@Valid @ModelAttribute("nameForm") AccountNameForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		User user = currentUser(authentication);
		if (!result.hasErrors()) {
			try {
				this.users.rename(user.getEmail(), form.getVersion(), form.getDisplayName());
				redirect.addFlashAttribute("success", "account.renamed");
				return "redirect:/admin/account";
			}
			catch (StaleUserException | OptimisticLockingFailureException ex) {
				result.reject("users.stale");
			}
		}
		model.addAttribute("passwordForm", new PasswordChangeForm());
		return page(user, model);
	}

	@PostMapping("/language")
	String changeLanguage(@RequestParam String language, Authentication authentication, RedirectAttributes redirect) {
		if (!this.languages.isSupported(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not one of the site's languages");
		}
		this.users.changeLanguage(currentUser(authentication).getEmail(), language);
		redirect.addFlashAttribute("success", "account.languageChanged");
		return "redirect:/admin/account";
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect) {
		User user = currentUser(authentication);
		CurrentPassword current = this.users.checkCurrentPassword(user.getEmail(), request.getRemoteAddr(),
				form.getCurrentPassword());
		if (current != CurrentPassword.RIGHT) {
			result.rejectValue("currentPassword", current.refusal());
		}
		this.passwordPolicy.check(form, user.getEmail(), result);
		if (result.hasErrors()) {
			AccountNameForm nameForm = new AccountNameForm();
			nameForm.setDisplayName(user.getDisplayName());
			nameForm.setVersion(user.getVersion());
			model.addAttribute("nameForm", nameForm);
			return page(user, model);
		}
		long generation = this.users.changePassword(user.getEmail(), form.getNewPassword());
		session.setAttribute(SignedInUser.SESSION_GENERATION, generation);
		redirect.addFlashAttribute("success", "account.passwordChanged");
		return "redirect:/admin/account";
	}

	private String page(User user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("recoveryCodesLeft", this.twoFactor.remainingRecoveryCodes(user.getId()));
		return "account/show";
	}

	private User currentUser(Authentication authentication) {
		return this.users.findByEmail(authentication.getName()).orElseThrow(UserNotFoundException::new);
	}

}

package org.treatyportal.users;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.treatyportal.seo.SiteUrls;
import org.treatyportal.web.NavigationSection;
import org.treatyportal.web.Pagination;

/**
 * Admins manage accounts: list and search, create, change role, disable and enable, hand
 * over a one-time password link, lift sign-in locks and set the sign-in rules.
 */
@Controller
@RequestMapping("/admin/users")
@NavigationSection("users")
class UserAdminController {

	private static final String SUCCESS = "success";

	private static final String FAILURE = "failure";

	private final UserService users;

	private final PasswordResetLinks links;

	private final TwoFactorService twoFactor;

	private final SignInThrottle throttle;

	private final SecurityPolicyService policy;

	private final SiteUrls urls;

	UserAdminController(UserService users, PasswordResetLinks links, TwoFactorService twoFactor,
			SignInThrottle throttle, SecurityPolicyService policy, SiteUrls urls) {
		this.users = users;
		this.links = links;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.policy = policy;
		this.urls = urls;
	}

	@GetMapping
	String list(@ModelAttribute("filter") UserFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Page<User> result = this.users.search(filter, page - 1);
		Set<String> locked = this.throttle.lockedAccounts();
		model.addAttribute("users",
				result.map((user) -> new UserRow(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
						user.isEnabled(), locked.contains(user.getEmail().toLowerCase(Locale.ROOT)),
						user.isTwoFactorEnabled())));
		model.addAttribute("pagination", Pagination.of(result, filter::url));
		model.addAttribute("roles", Role.values());
		model.addAttribute("states", UserState.values());
		return "users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm());
		model.addAttribute("roles", Role.values());
		return "users/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Authentication admin,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User user = this.users.create(form.getEmail(), form.getDisplayName(), form.getRole());
				redirect.addFlashAttribute(SUCCESS, "users.created");
				issueLink(user, admin, redirect);
				return "redirect:/admin/users/" + user.getId();
			}
			catch (DuplicateEmailException ex) {
				result.rejectValue("email", "users.email.taken");
			}
		}
		model.addAttribute("roles", Role.values());
		return "users/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		User user = this.users.find(id).orElseThrow(UserNotFoundException::new);
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("locks", this.throttle.accountLocks(user.getEmail()));
		model.addAttribute("recoveryCodesLeft", this.twoFactor.remainingRecoveryCodes(id));
		return "users/show";
	}

	/**
	 * Changes the account's role once the admin has confirmed it on a page that says what
	 * the change means; without {@code confirmed}, that page.
	 */
	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			User user = this.users.find(id).orElseThrow(UserNotFoundException::new);
			if (user.getRole() == role) {
				return "redirect:/admin/users/" + id;
			}
			return confirm(user, version, "role", "users.confirm.role." + role, model.addAttribute("role", role));
		}
		return change(id, redirect, "users.roleChanged", () -> this.users.changeRole(id, version, role));
	}

	/** Disables the account once the admin has confirmed it; without, the question. */
	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			User user = this.users.find(id).orElseThrow(UserNotFoundException::new);
			return confirm(user, version, "disable", "users.confirm.disable", model);
		}
		return change(id, redirect, "users.disabled", () -> this.users.disable(id, version));
	}

	private static String confirm(User user, long version, String action, String question, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("version", version);
		model.addAttribute("action", action);
		model.addAttribute("question", question);
		return "users/confirm";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return change(id, redirect, "users.enabled", () -> this.users.enable(id, version));
	}

	@PostMapping("/{id}/password-link")
	String passwordLink(@PathVariable long id, Authentication admin, RedirectAttributes redirect) {
		User user = this.users.find(id).orElseThrow(UserNotFoundException::new);
		if (!user.isEnabled()) {
			redirect.addFlashAttribute(FAILURE, "users.linkForDisabled");
		}
		else {
			issueLink(user, admin, redirect);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		User user = this.users.find(id).orElseThrow(UserNotFoundException::new);
		this.throttle.liftAccount(user.getEmail());
		redirect.addFlashAttribute(SUCCESS, "users.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
		this.twoFactor.reset(id);
		redirect.addFlashAttribute(SUCCESS, "users.twoFactorReset");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/sign-in")
	String signIn(Model model) {
		model.addAttribute("locks", this.throttle.locks());
		model.addAttribute("twoFactorRequired", this.policy.twoFactorRequiredForAdmins());
		model.addAttribute("twoFactorForced", this.policy.twoFactorForcedBySetting());
		model.addAttribute("policyVersion", this.policy.version());
		return "users/sign-in";
	}

	@PostMapping("/sign-in/policy")
	String changePolicy(@RequestParam(defaultValue = "false") boolean twoFactorRequired, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.policy.requireTwoFactorForAdmins(twoFactorRequired, version);
			redirect.addFlashAttribute(SUCCESS, "users.policyChanged");
		}
		catch (StaleUserException ex) {
			redirect.addFlashAttribute(FAILURE, "users.stale");
		}
		return "redirect:/admin/users/sign-in";
	}

	@PostMapping("/sign-in/locks/lift")
	String liftLock(@RequestParam SignInThrottle.Kind kind, @RequestParam(defaultValue = "") String account,
			@RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
		this.throttle.lift(kind, account, address);
		redirect.addFlashAttribute(SUCCESS, "users.unlocked");
		return "redirect:/admin/users/sign-in";
	}

	private String change(long id, RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute(SUCCESS, success);
		}
		catch (StaleUserException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(FAILURE, "users.stale");
		}
		catch (LastAdminException ex) {
			redirect.addFlashAttribute(FAILURE, "users.lastAdmin");
		}
		return "redirect:/admin/users/" + id;
	}

	private void issueLink(User user, Authentication admin, RedirectAttributes redirect) {
		PasswordResetLinks.Issued issued = this.links.create(user, admin.getName());
		// From portal.base-url: the request's Host header is the client's to choose.
		redirect.addFlashAttribute("passwordLink", this.urls.absolute("/password-reset/" + issued.token()));
		redirect.addFlashAttribute("passwordLinkExpiresAt", issued.expiresAt());
	}

}

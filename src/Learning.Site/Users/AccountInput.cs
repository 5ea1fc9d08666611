using System.ComponentModel.DataAnnotations;

namespace Learning.Site.Users;

public class AccountInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

public sealed class NewAccountInput : AccountInput
{
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "Use at most 256 characters.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}

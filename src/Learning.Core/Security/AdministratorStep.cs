using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Learning.Core.Security;

/// <summary>
/// Setup step "Administrator": creates the first administrator unless one exists. The password comes
/// from <c>Learning:AdminPassword</c>, or is generated and printed once.
/// </summary>
public sealed class AdministratorStep(UserManager<LearningUser> users, IConfiguration configuration, TimeProvider clock, ILogger<AdministratorStep> logger) : IRecipeStep
{
    public string Name => "Administrator";

    public int ExportOrder => int.MaxValue;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var email = validation.String(step, path, "email", required: false, maxLength: 256);
        if (email is not null && !email.Contains('@'))
        {
            validation.Add($"{path}.email", "is not an e-mail address");
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        if ((await users.GetUsersInRoleAsync(RoleNames.Administrator)).Count > 0)
        {
            return;
        }
        var email = configuration["Learning:AdminEmail"] ?? step["email"]?.GetValue<string>() ?? "admin@learning.local";
        var configured = configuration["Learning:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? Generate() : configured;
        var admin = new LearningUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedUtc = clock.GetUtcNow() };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, RoleNames.Administrator));
        if (string.IsNullOrEmpty(configured))
        {
            // Printed once on purpose: it is stored only as a hash.
            Console.WriteLine($"Administrator account: {email}  password: {password}");
        }
        logger.LogInformation("Created administrator {Email}", email);
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);

    private static string Generate() =>
        "Ml-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y') + "9!";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

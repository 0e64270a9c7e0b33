using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using RouteApi.Core.Selectors;

namespace RouteApi.Server.RouterStatus;

/// <summary>
/// Fails start-up on a bad router configuration: each router's own annotations, duplicate names,
/// selectors that do not parse, and lease timings where renewal could not keep a claim alive.
/// </summary>
internal sealed class RouterStatusOptionsValidator : IValidateOptions<RouterStatusOptions>
{
    public ValidateOptionsResult Validate(string? name, RouterStatusOptions options)
    {
        var failures = new List<string>();
        foreach (var router in options.Routers)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(router, new ValidationContext(router), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"router \"{router.Name}\": {r.ErrorMessage}"));
            }

            CheckSelector(router.Name, "--router-route-label-selector", router.RouteLabelSelector, failures);
            CheckSelector(router.Name, "--router-namespace-selector", router.NamespaceSelector, failures);
        }

        failures.AddRange(options.Routers.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"--router-name \"{g.Key}\" is given more than once"));
        if (options.LeaseRetryPeriod <= TimeSpan.Zero || options.LeaseDuration <= options.LeaseRetryPeriod)
        {
            failures.Add("RouterStatus:LeaseDuration must be longer than RouterStatus:LeaseRetryPeriod, which must be positive");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSelector(string router, string flag, string? selector, List<string> failures)
    {
        try
        {
            LabelSelector.Parse(selector);
        }
        catch (SelectorParseException e)
        {
            failures.Add($"router \"{router}\": {flag}: {e.Message}");
        }
    }
}

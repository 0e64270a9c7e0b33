using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using RouteApi.Server.Hosting;

namespace RouteApi.Server.Tests.Hosting;

/// <summary>The shutdown flags bind Go-style durations, and a delay that eats the whole grace period is refused.</summary>
public sealed class ShutdownOptionsTests
{
    [Fact]
    public void Flags_WithGoDurations_BindToShutdownOptions()
    {
        var options = Bind("--shutdown-delay-duration", "10s", "--shutdown-grace-period=1m");

        Assert.Equal(TimeSpan.FromSeconds(10), options.DelayDuration);
        Assert.Equal(TimeSpan.FromMinutes(1), options.GracePeriod);
    }

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.Empty(Validate(new ShutdownOptions()));
    }

    [Theory]
    [InlineData(25, 25)]
    [InlineData(30, 25)]
    public void Validate_DelayNotShorterThanGracePeriod_Fails(int delaySeconds, int graceSeconds)
    {
        var options = new ShutdownOptions { DelayDuration = TimeSpan.FromSeconds(delaySeconds), GracePeriod = TimeSpan.FromSeconds(graceSeconds) };

        var errors = Validate(options);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(ShutdownOptions.DelayDuration)));
    }

    private static ShutdownOptions Bind(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(CommandLineOptions.Normalize(args), CommandLineOptions.SwitchMappings)
            .Build();
        var options = new ShutdownOptions();
        configuration.GetSection(ShutdownOptions.SectionName).Bind(options);
        return options;
    }

    private static List<ValidationResult> Validate(ShutdownOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

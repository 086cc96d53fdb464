using System.ComponentModel.DataAnnotations;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class StateOptionsTests
{
    [Fact]
    public void Defaults_AreValid_InMemoryWithoutExpiry()
    {
        var options = new StateOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(StateProvider.Memory, options.Provider);
        Assert.Equal("supportbot:", options.KeyPrefix);
        Assert.Null(options.TimeToLive);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public void TimeToLive_NotPositive_IsInvalid(string timeToLive)
    {
        var errors = Validate(new StateOptions { TimeToLive = TimeSpan.Parse(timeToLive, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains(errors, error => error.MemberNames.Contains(nameof(StateOptions.TimeToLive))
            && error.ErrorMessage!.Contains("State:TimeToLive", StringComparison.Ordinal));
    }

    [Fact]
    public void KeyPrefix_Empty_IsInvalid() =>
        Assert.Contains(Validate(new StateOptions { KeyPrefix = "" }), error => error.MemberNames.Contains(nameof(StateOptions.KeyPrefix)));

    [Fact]
    public void Provider_Undefined_IsInvalid() =>
        Assert.Contains(Validate(new StateOptions { Provider = (StateProvider)7 }), error => error.MemberNames.Contains(nameof(StateOptions.Provider)));

    private static List<ValidationResult> Validate(StateOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

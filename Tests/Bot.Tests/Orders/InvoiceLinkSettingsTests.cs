using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Invoice link settings that cannot work stop the bot at start-up, naming the key.</summary>
public sealed class InvoiceLinkSettingsTests
{
    [Theory]
    [InlineData("Orders:InvoiceLinkKey", "too-short-key")]
    [InlineData("Orders:PublicBaseUrl", "ftp://bot.example/")]
    [InlineData("Orders:InvoiceLinkLifetime", "00:00:10")]
    public async Task AnUnusableSetting_StopsTheBot_AndNamesTheKey(string key, string value)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}

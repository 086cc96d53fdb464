using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Orders.Http;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Bot.Tests.Orders;

/// <summary>Start-up validation of <c>Orders:Http</c>: a host with the commerce backend registered but not configured does
/// not start, and says what to set.</summary>
public sealed class CommerceBackendOptionsTests
{
    private const string Url = "https://shop.example/api/supportbot/v1/";

    [Theory]
    [InlineData(null, "key-123", "Orders:Http:BaseUrl")]
    [InlineData("shop.example/api", "key-123", "Orders:Http:BaseUrl")]
    [InlineData("ftp://shop.example/api/", "key-123", "Orders:Http:BaseUrl")]
    [InlineData("https://shop.example/api/?tenant=1", "key-123", "Orders:Http:BaseUrl")]
    [InlineData(Url, null, "Orders:Http:ApiKey")]
    [InlineData(Url, "  ", "Orders:Http:ApiKey")]
    [InlineData(Url, "key with spaces", "Orders:Http:ApiKey")]
    public async Task MissingOrWrongSetting_HostFailsToStart_NamingIt(string? baseUrl, string? apiKey, string expected)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Orders:Http:BaseUrl"] = baseUrl,
            ["Orders:Http:ApiKey"] = apiKey,
        }));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected.Replace(':', '_').Replace("_", "__", StringComparison.Ordinal), exception.Message, StringComparison.Ordinal);
        if (apiKey is { Length: > 2 })
        {
            Assert.DoesNotContain(apiKey, exception.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Orders:Http:Timeout", "00:00:00")]
    [InlineData("Orders:Http:Timeout", "-00:00:01")]
    [InlineData("Orders:Http:MaxRetryAfter", "-00:00:01")]
    public async Task NonPositiveTime_HostFailsToStart(string key, string value)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Orders:Http:BaseUrl"] = Url,
            ["Orders:Http:ApiKey"] = "key-123",
            [key] = value,
        }));

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteSettings_HostStarts_WithDefaults_AndTheClientIsTheOrderService()
    {
        using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Orders:Http:BaseUrl"] = "https://shop.example/api/supportbot/v1",
            ["Orders:Http:ApiKey"] = "key-123",
        });

        var options = host.Services.GetRequiredService<IOptions<CommerceBackendOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.RetryDelay);
        Assert.IsType<CommerceBackendClient>(host.Services.GetRequiredService<IOrderService>());
        await host.StopAsync();
    }

    private static Task<IHost> StartAsync(Dictionary<string, string?> settings)
        => StartupHost.StartAsync(settings, (services, configuration) => services.AddCommerceBackend(configuration));
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.WebChat;

/// <summary>With Azure's Direct Line configured, the page gets its token from <c>/webchat/token</c>: the server exchanges
/// the secret with (a stand-in for) Azure, and the browser sees the token, never the secret.</summary>
public sealed class AzureDirectLineTokenTests : IAsyncLifetime
{
    private const string Secret = "azure-direct-line-secret-0123456789";
    private readonly List<string> _users = [];
    private WebApplication _azure = null!;
    private Uri _azureBase = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _azure = builder.Build();
        _azure.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization.ToString() != "Bearer " + Secret)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var body = await request.ReadFromJsonAsync<JsonElement>();
            var user = body.GetProperty("user").GetProperty("id").GetString()!;
            lock (_users)
            {
                _users.Add(user);
            }

            return Results.Json(new { conversationId = "azure-conv-1", token = "azure-token-for-" + user, expires_in = 3600 });
        });
        await _azure.StartAsync();
        _azureBase = new Uri(_azure.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    private Task<BotHost> StartBotAsync(string secret) => BotHost.StartAsync(new Dictionary<string, string?>
    {
        ["WebChat:DirectLineDomain"] = new Uri(_azureBase, "/v3/directline").ToString(),
        ["WebChat:DirectLineSecret"] = secret,
    });

    [Fact]
    public async Task ThePage_GetsAnAzureToken_AndNeverTheSecret()
    {
        await using var bot = await StartBotAsync(Secret);

        var html = await bot.Client.GetStringAsync("/");
        using var response = await bot.Client.PostAsJsonAsync("/webchat/token", new { user = new { id = "dl_0123456789abcdef" } });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = JsonDocument.Parse(body).RootElement;
        Assert.Equal("azure-token-for-dl_0123456789abcdef", token.GetProperty("token").GetString());
        Assert.Equal("azure-conv-1", token.GetProperty("conversationId").GetString());
        Assert.Equal(3600, token.GetProperty("expires_in").GetInt32());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Contains("data-token-url=\"/webchat/token\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-domain=\"{new Uri(_azureBase, "/v3/directline")}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABody_AnAnonymousUserIdIsMadeUp()
    {
        await using var bot = await StartBotAsync(Secret);

        using var response = await bot.Client.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("dl_", Assert.Single(_users), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"user\":{\"id\":\"<script>\"}}")]
    [InlineData("{\"user\":{\"id\":\"ana\"}}")]
    [InlineData("not json")]
    public async Task ABadBody_Is400_AndAzureIsNotAsked(string body)
    {
        await using var bot = await StartBotAsync(Secret);

        using var response = await bot.Client.PostAsync("/webchat/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_users);
    }

    [Fact]
    public async Task WhenAzureRefusesTheSecret_ThePageGets502()
    {
        await using var bot = await StartBotAsync("a-wrong-secret-000000000000000000");

        using var response = await bot.Client.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task WithTheEmbeddedDirectLine_ThereIsNoTokenExchange()
    {
        await using var bot = await BotHost.StartAsync();

        using var response = await bot.Client.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

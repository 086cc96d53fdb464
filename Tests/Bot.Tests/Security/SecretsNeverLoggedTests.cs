using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Testing;
using Newtonsoft.Json;
using SupportBot.Bot.Tests.Agents;
using SupportBot.Bot.Tests.DirectLine;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Sentiment.Azure;

namespace SupportBot.Bot.Tests.Security;

/// <summary>Every secret configured, every log line captured at every level through start-up, conversations on both
/// channels, failed sign-ins with near-miss tokens and Direct Line token use: no secret and no bearer token sent ever
/// appears in a message, a structured value or an exception.</summary>
public sealed class SecretsNeverLoggedTests
{
    private const string AppPassword = "AppPassword~0123456789abcdefGHIJ";
    private const string DirectLineSecret = "DirectLineSecret-0123456789abcdefghij";
    private const string AgentToken = "AgentTokenSecret-0123456789abcdef";
    private const string SupervisorToken = "SupervisorTokenSecret-0123456789ab";
    private const string SentimentKey = "SentimentKeySecret0123456789abcdef";
    private const string InvoiceLinkKey = "InvoiceLinkKeySecret-0123456789abcdefghij";
    private const string CommerceApiKey = "CommerceApiKeySecret-0123456789abcdef";
    private const string CustomerSigningKey = "CustomerSigningKeySecret-0123456789abcdef";
    private const string RedisPassword = "RedisPasswordSecret0123456789abc";

    [Fact]
    public async Task NoSecretOrBearerToken_EverReachesTheLogs()
    {
        var logs = new FakeLogCollector();
        await using var azure = await AzureLanguageEmulator.StartAsync();
        await using (var host = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
                ["Logging:LogLevel:System.Net.Http"] = "Trace",
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = "33333333-4444-5555-6666-777777777777",
                ["MicrosoftAppPassword"] = AppPassword,
                ["DirectLine:Secret"] = DirectLineSecret,
                ["Agents:Accounts:0:Id"] = "ana",
                ["Agents:Accounts:0:DisplayName"] = "Ana",
                ["Agents:Accounts:0:Token"] = AgentToken,
                ["Agents:Accounts:1:Id"] = "sara",
                ["Agents:Accounts:1:DisplayName"] = "Sara",
                ["Agents:Accounts:1:Token"] = SupervisorToken,
                ["Agents:Accounts:1:Supervisor"] = "true",
                ["Sentiment:Provider"] = "Azure",
                ["Sentiment:Azure:Endpoint"] = azure.Endpoint.ToString(),
                ["Sentiment:Azure:Key"] = SentimentKey,
                ["Orders:InvoiceLinkKey"] = InvoiceLinkKey,
                ["Orders:Http:BaseUrl"] = "http://127.0.0.1:9/",
                ["Orders:Http:ApiKey"] = CommerceApiKey,
                ["WebChat:CustomerSigningKey"] = CustomerSigningKey,
                // The stores stay local (a connection string alone would put them all on Redis).
                ["State:Provider"] = "Memory",
                ["Surveys:Store"] = "Sqlite",
                ["Escalation:Store"] = "Sqlite",
                ["DirectLine:Store"] = "Memory",
                ["Knowledge:FeedbackStore"] = "Sqlite",
                ["Orders:ActionLogStore"] = "Sqlite",
                // Nothing listens there: the backplane's connection attempts are logged, its password must not be.
                ["Redis:ConnectionString"] = $"127.0.0.1:9,password={RedisPassword},abortConnect=false,connectTimeout=200",
            },
            services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs)))))
        {
            var sent = new List<string>();

            // A customer on Direct Line, started with the secret, with the stream URL used too.
            using var customer = new DirectLineClient(host);
            await customer.GenerateAsync("""{"user":{"id":"shop-customer-7"}}""", secret: DirectLineSecret);
            await customer.StartAsync();
            sent.Add(customer.Token!);
            sent.Add(Uri.UnescapeDataString(customer.StreamUrl!.Split("t=")[1]));
            await using (await customer.OpenStreamAsync())
            {
                await customer.SayAsync("hola, el pedido llegó roto y estoy muy enfadado");
                await customer.PollUntilAsync(a => DirectLineClient.IsBotMessage(a) && customer.Received.Count(r => DirectLineClient.IsBotMessage(r)) >= 2, "an answer");
            }

            using (var refreshed = await customer.SendAsync(HttpMethod.Post, "tokens/refresh"))
            {
                sent.Add((string)(await DirectLineClient.JsonAsync(refreshed))["token"]!);
            }

            using (await customer.SendAsync(HttpMethod.Get, $"conversations/{customer.ConversationId}/activities", bearer: DirectLineSecret + "x"))
            using (await customer.SendAsync(HttpMethod.Post, "tokens/generate", string.Empty, bearer: DirectLineSecret[..^1]))
            {
            }

            // Channel requests with near-miss credentials.
            var activity = JsonConvert.SerializeObject(new Customer(host, "es-ES").Message("hola"));
            foreach (var bearer in new[] { AppPassword, "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2ln", DirectLineSecret })
            {
                using (await host.PostRawAsync(activity, bearer: bearer))
                {
                }
            }

            // Agents: good and near-miss tokens, over HTTP and on the hub (whose token travels in the query string).
            foreach (var token in new[] { AgentToken, SupervisorToken, AgentToken + "x", AgentToken[..^1], SupervisorToken.ToUpperInvariant(), DirectLineSecret })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agent/escalations");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using (await host.Client.SendAsync(request))
                {
                }
            }

            await using (var hub = await AgentHubClient.ConnectAsync(host, AgentToken))
            {
                Assert.Equal(HubConnectionState.Connected, hub.Connection.State);
            }

            await using (var refused = AgentHubClient.Create(host, SupervisorToken + "x"))
            {
                await Assert.ThrowsAnyAsync<Exception>(() => refused.Connection.StartAsync());
            }

            var secrets = new[] { AppPassword, DirectLineSecret, AgentToken, SupervisorToken, SentimentKey, InvoiceLinkKey, CommerceApiKey, CustomerSigningKey, RedisPassword }
                .Concat(sent).ToList();
            var records = logs.GetSnapshot();
            Assert.True(records.Count > 50, $"Only {records.Count} log records: is Trace logging on?");
            foreach (var record in records)
            {
                var text = string.Join(
                    "\n",
                    new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
                        .Concat(record.StructuredState?.Select(p => p.Value ?? string.Empty) ?? []));
                foreach (var secret in secrets)
                {
                    // Near misses are matched too: a logged token minus its last character still gives most of it away.
                    Assert.False(
                        text.Contains(secret[..^2], StringComparison.OrdinalIgnoreCase),
                        $"[{record.Level}] {record.Category}: '{record.Message}' contains a secret ({secret[..4]}…).");
                }
            }
        }
    }
}

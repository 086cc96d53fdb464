using SupportBot.Bot.Agents;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Knowledge;

/// <summary>What agents see of the knowledge base: <c>GET /api/agent/knowledge/feedback</c>, the "did this help?"
/// answers counted per article. A queue-wide report: supervisors only (401 anonymous, 403 for other agents).</summary>
public static class KnowledgeFeedbackApi
{
    /// <summary>The route.</summary>
    public const string Route = "/api/agent/knowledge/feedback";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapKnowledgeFeedbackApi(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Route, CountAsync).RequireAuthorization(AgentApi.SupervisorPolicy).RequireRateLimiting(SecurityRegistration.AgentPolicy);

    // Every article is listed, rated or not, with its title in both languages; an article that was rated and has since
    // been removed from the folder still shows its counts.
    private static async Task<IResult> CountAsync(IKnowledgeFeedbackStore store, LuceneKnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var counts = (await store.CountAsync(cancellationToken)).ToDictionary(c => c.ArticleId, StringComparer.Ordinal);
        var ids = knowledge.ArticleIds().Union(counts.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = ids.Select(id =>
        {
            var count = counts.GetValueOrDefault(id) ?? new ArticleFeedbackCount(id, 0, 0);
            var total = count.Helpful + count.NotHelpful;
            return new
            {
                articleId = id,
                titleEs = knowledge.Find(id, Language.Spanish)?.Title,
                titleEn = knowledge.Find(id, Language.English)?.Title,
                helpful = count.Helpful,
                notHelpful = count.NotHelpful,
                total,
                helpfulRate = total == 0 ? (double?)null : Math.Round((double)count.Helpful / total, 3),
            };
        });
        return Results.Ok(rows.ToList());
    }
}

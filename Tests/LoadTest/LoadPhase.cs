using System.Collections.Concurrent;
using System.Diagnostics;

namespace SupportBot.LoadTest;

/// <summary>Runs one phase: <see cref="PhaseSpec.Conversations"/> customers at once, each playing complete scripted
/// conversations one after another until the duration is up; every survey gets a fresh conversation and user id,
/// as a real customer would, so per-customer rules (survey throttle, rate limits) never mix two of them.</summary>
public static class LoadPhase
{
    public static async Task<PhaseResult> RunAsync(
        BotClient client, PhaseSpec spec, IReadOnlyList<ConversationScript> scripts, Process? server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(scripts);
        var loadAverage = MachineInfo.LoadAverage();
        var cpuBefore = CpuOf(server);
        var run = Guid.NewGuid().ToString("N")[..8];
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var examples = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var completed = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(spec.Duration.TotalSeconds * Stopwatch.Frequency);

        async Task<List<double>> CustomerAsync(int customer)
        {
            var latencies = new List<double>(1024);
            var random = new Random(customer);
            if (spec.Paced)
            {
                // Spread the first messages over one think time instead of sending them all in the same millisecond.
                await Task.Delay(Think(random, spec), cancellationToken);
            }

            for (var survey = 0; Stopwatch.GetTimestamp() < deadline; survey++)
            {
                var script = scripts[(customer + survey) % scripts.Count];
                var id = $"lt-{run}-{customer}-{survey}";
                var finished = true;
                foreach (var turn in script.Turns)
                {
                    if (Stopwatch.GetTimestamp() >= deadline)
                    {
                        finished = false;
                        break;
                    }

                    var outcome = await client.SayAsync(id, "customer-" + id, script.Locale, turn, cancellationToken);
                    latencies.Add(outcome.Latency.TotalMilliseconds);
                    if (!outcome.Succeeded)
                    {
                        errors.AddOrUpdate(outcome.ErrorKind!, 1, (_, n) => n + 1);
                        examples.TryAdd(outcome.ErrorKind!, $"{script.Name}: {outcome.Detail}");
                        finished = false;
                        break;
                    }

                    if (spec.Paced)
                    {
                        await Task.Delay(Think(random, spec), cancellationToken);
                    }
                }

                if (finished)
                {
                    Interlocked.Increment(ref completed);
                }
            }

            return latencies;
        }

        var perCustomer = await Task.WhenAll(Enumerable.Range(0, spec.Conversations).Select(CustomerAsync));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = CpuOf(server) - cpuBefore;
        var all = perCustomer.SelectMany(l => l).Order().ToList();
        return new PhaseResult(
            spec, elapsed, all, completed, new Dictionary<string, int>(errors), new Dictionary<string, string>(examples), loadAverage, cpu);
    }

    private static TimeSpan? CpuOf(Process? process)
    {
        if (process is null)
        {
            return null;
        }

        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static TimeSpan Think(Random random, PhaseSpec spec)
#pragma warning disable CA5394 // Think times need spread, not unpredictability.
        => spec.ThinkMin + ((spec.ThinkMax - spec.ThinkMin) * random.NextDouble());
#pragma warning restore CA5394
}

using System.Reflection;
using System.Reflection.Emit;
using Hangfire;

namespace Learning.Web.Tests.Faults;

/// <summary>
/// Every job type the platform queues has a test that runs it twice at once. A job type is the
/// type argument of a call to Hangfire's <c>Enqueue&lt;T&gt;</c>, <c>Schedule&lt;T&gt;</c> or
/// <c>AddOrUpdate&lt;T&gt;</c> anywhere in the site's assemblies, read from their IL: a new job
/// fails this test until it has its <see cref="RunsTwiceAttribute"/> test.
/// </summary>
[Trait("Category", "Faults")]
public sealed class JobInventoryTests
{
    private static readonly HashSet<string> QueueingMethods = ["Enqueue", "Schedule", "AddOrUpdate"];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    [Fact]
    public void Every_job_type_has_a_test_that_runs_it_twice_at_once()
    {
        var queued = QueuedJobTypes().ToHashSet();
        var tested = typeof(JobInventoryTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<RunsTwiceAttribute>()).Select(a => a.Job).ToHashSet();

        // The reading itself is checked on the jobs known when this was written.
        Assert.Superset(new HashSet<string> { "OutboxDispatcher", "EditionRelease", "UnitRelease", "LearnerNudge", "TrainingSweep" }, queued.Select(t => t.Name).ToHashSet());
        Assert.True(queued.Except(tested).ToList() is [], "jobs without a twice test: " + string.Join(", ", queued.Except(tested).Select(t => t.FullName)));
        Assert.True(tested.Except(queued).ToList() is [], "twice tests for types that are not queued: " + string.Join(", ", tested.Except(queued).Select(t => t.FullName)));
    }

    [Fact]
    public void No_job_is_queued_without_naming_its_type()
    {
        var untyped = SiteAssemblies().SelectMany(CalledMethods)
            .Where(m => IsQueueing(m) && !m.IsGenericMethod).Select(m => $"{m.DeclaringType!.Name}.{m.Name}").Distinct().ToList();

        Assert.True(untyped is [], "a job queued through a static method cannot be inventoried: " + string.Join(", ", untyped));
    }

    private static IEnumerable<Type> QueuedJobTypes() =>
        SiteAssemblies().SelectMany(CalledMethods).Where(m => IsQueueing(m) && m.IsGenericMethod).Select(m => m.GetGenericArguments()[0]).Distinct();

    private static bool IsQueueing(MethodInfo method) =>
        method.DeclaringType?.Assembly == typeof(IBackgroundJobClient).Assembly && QueueingMethods.Contains(method.Name);

    /// <summary>The web project and the modules it is made of.</summary>
    private static IEnumerable<Assembly> SiteAssemblies()
    {
        var web = typeof(Program).Assembly;
        return web.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Learning.", StringComparison.Ordinal)).Select(Assembly.Load).Prepend(web);
    }

    /// <summary>Every method called from every method body of the assembly, lambdas and async state machines included.</summary>
    private static IEnumerable<MethodInfo> CalledMethods(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
            {
                var il = method.GetMethodBody()?.GetILAsByteArray();
                foreach (var token in il is null ? [] : MethodTokens(il))
                {
                    if (Resolve(method, token) is MethodInfo called)
                    {
                        yield return called;
                    }
                }
            }
        }
    }

    private static MethodBase? Resolve(MethodBase caller, int token)
    {
        var typeArguments = caller.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = caller.IsGenericMethod ? caller.GetGenericArguments() : null;
        return caller.Module.ResolveMethod(token, typeArguments, methodArguments);
    }

    /// <summary>The method tokens of call, callvirt, newobj, ldftn and the like, decoding each instruction to find the next.</summary>
    private static IEnumerable<int> MethodTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }
            var code = OpCodesByValue[value];
            if (code.OperandType == OperandType.InlineMethod)
            {
                yield return BitConverter.ToInt32(il, at);
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}

namespace Learning.Core.Impact;

/// <summary>
/// A programme module's contribution to the impact dashboard and the progress report, computed
/// live from its own tables. Figures are counts of people or pledges, never names: a source
/// never lets a minor be identified.
/// </summary>
public interface IImpactSource
{
    /// <summary>Where the section appears among the others.</summary>
    int Order { get; }

    Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default);
}

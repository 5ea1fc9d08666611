using Learning.Core.Caching;

namespace Learning.TideTurners.Challenge;

/// <summary>An organisation that runs the challenge: a Guides or Scouts association, Junior Achievement, a school.</summary>
public class Organisation : IPublicContent
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

namespace Learning.Core.Caching;

/// <summary>
/// Marks an entity that public pages are made of (content, menus, courses, editions). Saving a change
/// to one refreshes what this node keeps in memory and in its page cache.
/// </summary>
public interface IPublicContent;

using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Content;

public static class ContentModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ContentItemVersion>(e =>
        {
            e.ToTable("ContentItemVersions");
            e.Property(v => v.ContentItemId).HasMaxLength(100);
            e.Property(v => v.ContentType).HasMaxLength(50);
            e.Property(v => v.Author).HasMaxLength(256);
            e.ComplexProperty(v => v.Title, p => p.Property(t => t.Text).HasColumnName("Title").HasMaxLength(300));
            e.ComplexProperty(v => v.Body, p => p.Property(b => b.Markdown).HasColumnName("BodyMarkdown"));
            e.ComplexProperty(v => v.Route, p => p.Property(r => r.Slug).HasColumnName("Slug").HasMaxLength(200));
            e.ComplexProperty(v => v.Localization, p =>
            {
                p.Property(l => l.Culture).HasColumnName("Culture").HasMaxLength(20);
                p.Property(l => l.Set).HasColumnName("LocalizationSet").HasMaxLength(100);
            });
            e.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
            e.HasIndex(v => new { v.Published, v.ContentType });
        });
        builder.Entity<MenuItem>(e =>
        {
            e.ToTable("MenuItems");
            e.Property(m => m.Id).HasMaxLength(100);
            e.Property(m => m.Menu).HasMaxLength(50);
            e.Property(m => m.LocalizationSet).HasMaxLength(100);
        });
    }
}

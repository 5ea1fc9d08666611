using Learning.Core.Data;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Data;

/// <summary>The SQLite flavour of the site's context; it owns the SQLite migrations.</summary>
public sealed class SqliteLearningDbContext(DbContextOptions<SqliteLearningDbContext> options, ModuleCatalog modules)
    : LearningDbContext(options, modules);

using Learning.Core.Data;
using Learning.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Data;

/// <summary>The PostgreSQL flavour of the site's context; it owns the PostgreSQL migrations.</summary>
public sealed class PostgresLearningDbContext(DbContextOptions<PostgresLearningDbContext> options, ModuleCatalog modules)
    : LearningDbContext(options, modules);

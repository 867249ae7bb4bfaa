// Eleventy configuration for bench/run.py: posts, a paginated home page, tag pages, a feed and a
// sitemap from the Hugo-flavoured corpus. The input folder is the site that run.py assembles from
// bench/eleventy/site/ plus the corpus in posts/.
module.exports = function (eleventyConfig) {
  // Hugo's `draft: true` posts are not published (Eleventy has no draft notion of its own).
  eleventyConfig.addPreprocessor("drafts", "md", (data) => {
    if (data.draft) return false;
  });

  // Every tag that a post uses, without the "posts" tag that posts/posts.json gives them all.
  eleventyConfig.addCollection("tagList", (api) => {
    const tags = new Set();
    for (const item of api.getFilteredByTag("posts")) {
      for (const tag of item.data.tags || []) if (tag !== "posts") tags.add(tag);
    }
    return [...tags].sort();
  });

  eleventyConfig.addFilter("isoDate", (d) => new Date(d).toISOString());
  const months = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  eleventyConfig.addFilter("readableDate", (d) => {
    const t = new Date(d);
    return `${months[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`;
  });

  return {
    // Markdown is Markdown only: no Liquid pass over post bodies (they contain code samples).
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
    dir: { includes: "_includes" },
  };
};

package cn.nhjc.province.web.security;

import java.net.URI;
import java.util.Locale;

/**
 * The Content-Security-Policy of every answer of the platform (docs/architecture.md, "Browser
 * security"). Scripts come only from the platform itself, never inline and never through {@code
 * eval}, except the inline scripts of a page PrimeFaces renders, which carry the page's nonce: with
 * {@code primefaces.CSP} PrimeFaces appends {@code 'nonce-…'} to this policy, which is why {@code
 * script-src} is its last directive. No page may be framed, no plugin loaded, and forms go to the
 * platform or to the identity provider (signing out, and signing in again when a form is posted
 * after the session ended, are redirects there). Images may also be {@code data:} URLs, as in
 * Swagger UI's style sheet. Styles may also be inline: PrimeFaces renders {@code style} attributes,
 * which only {@code 'unsafe-inline'} admits.
 */
public final class ContentSecurityPolicy {
  private final String header;

  private ContentSecurityPolicy(String header) {
    this.header = header;
  }

  /** The policy for a platform whose users sign in at the given identity provider (its realm). */
  public static ContentSecurityPolicy forIdentityProvider(String identityProviderUrl) {
    return new ContentSecurityPolicy(
        String.join(
            "; ",
            "default-src 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "form-action 'self' " + origin(identityProviderUrl),
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",
            "script-src 'self'"));
  }

  /** The header's value, ending with {@code script-src}, where a page's nonce is appended. */
  public String header() {
    return header;
  }

  /** The origin ({@code scheme://host[:port]}) of an absolute http or https URL. */
  static String origin(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http or https URL: " + url);
    }
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}

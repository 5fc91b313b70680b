package cn.nhjc.province.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new session its CSRF token when it is created, the sign-in's too, so that two pages a
 * browser loads at once in a new session show the same token.
 */
@WebListener
public class CsrfSessionListener implements HttpSessionListener {

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    CsrfTokens.of(event.getSession());
  }
}

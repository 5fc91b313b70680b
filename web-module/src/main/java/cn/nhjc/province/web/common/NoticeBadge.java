package cn.nhjc.province.web.common;

import cn.nhjc.province.platform.notice.Notices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The count of the caller's unread notices, shown beside the notices link of every page. */
@Named
@RequestScoped
public class NoticeBadge {

  @EJB private Notices notices;

  private Long count;

  /** Unread notices; read once per request. Only for government and enterprise users. */
  public long getCount() {
    if (count == null) {
      count = notices.unreadCount();
    }
    return count;
  }
}

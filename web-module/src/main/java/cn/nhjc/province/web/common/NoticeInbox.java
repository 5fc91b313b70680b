package cn.nhjc.province.web.common;

import cn.nhjc.province.platform.notice.Notice;
import cn.nhjc.province.platform.notice.NoticePage;
import cn.nhjc.province.platform.notice.Notices;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The caller's notices (ent/notices.xhtml, gov/notices.xhtml): newest first, all or only the
 * unread, each marked read or acknowledged by the caller. {@link Notices} decides whose they are.
 */
@Named
@ViewScoped
public class NoticeInbox implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 100;

  @EJB private Notices notices;

  private boolean unreadOnly;
  private NoticePage page;

  public List<Notice> getNotices() {
    if (page == null) {
      page = notices.mine(unreadOnly, 0, PAGE_SIZE);
    }
    return page.items();
  }

  public long getTotal() {
    getNotices();
    return page.total();
  }

  public void markRead(long id) {
    notices.markRead(id);
    page = null;
  }

  public void acknowledge(long id) {
    notices.acknowledge(id);
    page = null;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
    page = null;
  }
}

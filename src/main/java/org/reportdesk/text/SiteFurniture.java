package org.reportdesk.text;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the lines a web page wraps around a copied report (simplified and traditional). */
final class SiteFurniture {

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("(会员登录|會員登錄|新用户注册|新用戶註冊|用户登录|用戶登錄|退出登录|找回密码)"),
            Pattern.compile("^(您现在的位置|您現在的位置|当前位置|當前位置|您的位置|现在位置)"),
            Pattern.compile("(首页|首頁|主页|主頁)[ \\t]*[>›»]"),
            Pattern.compile("^[>›»]|^[^。，；]{0,30}[>›»][^。，；]{0,30}[>›»]"),
            Pattern.compile("^字[号號体體][ \\t]*[:：]?([ \\t]*[大中小][ \\t]*)*$"),
            Pattern.compile("^(作者|来源|來源|发布时间|發布時間|发布日期|發布日期|发表时间|更新时间|上传日期|時間|时间|日期|浏览次数|瀏覽次數|浏览数|浏览|瀏覽|阅读量|"
                    + "点击|點擊|热度|查看人数|责任编辑|責任編輯|编辑|編輯|栏目|欄目|导语|導語|格式|ID|大小|页数|温馨提示|網站客服|网站客服)[ \\t]*[:：]"),
            Pattern.compile("(发布时间|发布日期|更新时间|上传日期|时间|日期|来源|作者|浏览次数|浏览数|阅读量|点击|热度|查看人数)[ \\t]*[:：]"
                    + "[ \\t]*([0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[^。，：:]{0,12}$)"),
            Pattern.compile("(欢迎大家阅读|歡迎大家閱讀|欢迎阅读|歡迎閱讀|仅供参考|僅供參考|希望对大家有所帮助|希望對大家有所幫助|希望对你有|希望對你有|"
                    + "欢迎来到|欢迎光临|欢迎大家前来|供大家参考|为大家提供帮助)"),
            Pattern.compile("^(上一篇|下一篇|相关推荐|相關推薦|相关文章|相關文章|热门推荐|热门搜索|猜你喜欢|扫一扫|掃一掃|分享到|本文链接|本文标签|版权声明|版權聲明|免责声明|"
                    + "下载文档|下載文檔|下载本文档|点击下载|收藏本文|返回顶部|打印本页|关闭窗口|手机版|TAGS|标签[:：]|文档简介|版权说明|投诉建议|举报|正文复制|"
                    + "复制全文|全文阅读|栏目$|分享$|收藏|下载$|\\|)"),
            Pattern.compile("(已阅读[0-9]+页|剩[0-9]+页未读|继续免费阅读|部分预览阅读已结束|VIP会员|赞助会员|免费下载|分享赚钱|网友上传|网友投稿|"
                    + "不代表本站观点|www\\.[a-z0-9]|https?://)"));
    /** Blurbs of the site around the report, longer than a furniture line. */
    private static final Pattern BLURB = Pattern.compile("(由会员分享|分享文档赚钱|可在线阅读|范文网|秘书网|文秘网|图书馆网|本站|收录了一些范文|本文旨在呈现|为您提供.{0,10}范文|以下是.{0,20}范文|范文.{0,10}供大家)");
    private static final Pattern EDITOR = Pattern.compile("(小编|小編)");
    private static final Pattern EDITOR_END = Pattern.compile("(借鉴|借鑒|参考|參考|阅读|閱讀|收藏|希望)");
    private static final Pattern PAGE = Pattern.compile(
            "^(第?[ \\t]*[0-9]+[ \\t]*页[ \\t]*[/,，]?[ \\t]*共[ \\t]*[0-9]+[ \\t]*页|第[ \\t]*[0-9]+[ \\t]*页|-[ \\t]*[0-9]+[ \\t]*-|.{2,60}_第[0-9]+页)$");

    private SiteFurniture() {
    }

    static boolean isFurniture(String line) {
        if (line.length() <= 300 && line.indexOf('。') == line.lastIndexOf('。') && BLURB.matcher(line).find()) {
            return true;
        }
        if (line.length() > 80 || HeadingLabel.parse(line) != null && line.length() > 30) {
            return false;
        }
        for (Pattern p : LINES) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** A 小编 phrase opens a block of short lines that ends with its 欢迎借鉴 sentence. */
    static boolean startsEditorBlock(String line) {
        return line.length() <= 200 && EDITOR.matcher(line).find();
    }

    static boolean endsEditorBlock(String line) {
        return EDITOR_END.matcher(line).find();
    }

    static boolean isPageNumber(String line) {
        return PAGE.matcher(line).matches();
    }
}

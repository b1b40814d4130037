package org.reportdesk.text;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the lines a web page wraps around a copied report (simplified and traditional). */
final class SiteFurniture {

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("(会员登录|會員登錄|新用户注册|新用戶註冊|用户登录|用戶登錄|退出登录|找回密码)"),
            Pattern.compile("^(您现在的位置|您現在的位置|当前位置|當前位置|您的位置|现在位置)"),
            Pattern.compile("(首页|首頁)[ \\t]*[>›»]"),
            Pattern.compile("^字[号號体體][ \\t]*[:：]?([ \\t]*[大中小][ \\t]*)*$"),
            Pattern.compile("^(作者|来源|來源|发布时间|發布時間|发布日期|發布日期|发表时间|更新时间|時間|时间|浏览次数|瀏覽次數|浏览|瀏覽|阅读量|点击|點擊|"
                    + "责任编辑|責任編輯|编辑|編輯|栏目|欄目)[ \\t]*[:：]"),
            Pattern.compile("(欢迎大家阅读|歡迎大家閱讀|欢迎阅读|歡迎閱讀|仅供参考|僅供參考|希望对大家有所帮助|希望對大家有所幫助|希望对你有|希望對你有)"),
            Pattern.compile("^(上一篇|下一篇|相关推荐|相關推薦|相关文章|相關文章|热门推荐|猜你喜欢|扫一扫|掃一掃|分享到|本文链接|版权声明|版權聲明|免责声明|"
                    + "下载文档|下載文檔|点击下载|收藏本文|返回顶部|打印本页|关闭窗口|手机版|TAGS|标签[:：])"));
    private static final Pattern EDITOR = Pattern.compile("(小编|小編)");
    private static final Pattern EDITOR_END = Pattern.compile("(借鉴|借鑒|参考|參考|阅读|閱讀|收藏|希望)");
    private static final Pattern PAGE = Pattern.compile(
            "^(第?[ \\t]*[0-9]+[ \\t]*页[ \\t]*[/,，]?[ \\t]*共[ \\t]*[0-9]+[ \\t]*页|第[ \\t]*[0-9]+[ \\t]*页|-[ \\t]*[0-9]+[ \\t]*-)$");

    private SiteFurniture() {
    }

    static boolean isFurniture(String line) {
        if (line.length() > 80) {
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
        return line.length() <= 120 && EDITOR.matcher(line).find();
    }

    static boolean endsEditorBlock(String line) {
        return EDITOR_END.matcher(line).find();
    }

    static boolean isPageNumber(String line) {
        return PAGE.matcher(line).matches();
    }
}
